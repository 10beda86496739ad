-- Neovim end-to-end test of the shipped module (lua/carelint/init.lua) with a real carelint-lsp.
-- Run by editors/neovim/test/run.sh, which compares what this writes with the expected files:
--   nvim --headless -u NONE -i NONE -n -c 'luafile editors/neovim/test/run.lua'
-- Environment:
--   CARELINT_LSP      the server binary
--   CARELINT_FIXTURE  a Markdown file (a copy: the test edits the buffer, never the file)
--   CARELINT_OUT      folder for the results: diagnostics.txt, after-action.md, after-action-diagnostics.txt,
--                     after-fix-all.md, log.txt
--   CARELINT_ACTION   "LINE:CHAR RULE": the diagnostic whose preferred quick fix is applied; empty: only the
--                     diagnostics on open are recorded
--   CARELINT_TIMEOUT  milliseconds to wait for each step (default 20000)
--   CARELINT_SETUP_GRADE  if set: setup{ readingGrade = N }, and only the settings are checked (no warning shown,
--                     the title's hover shows target grade N); otherwise setup{} with defaults (target 8)

local out = assert(os.getenv('CARELINT_OUT'), 'CARELINT_OUT is not set')
local log_lines = {}

local function log(message)
  table.insert(log_lines, message)
end

local function write_file(path, text)
  local file = assert(io.open(path, 'w'))
  file:write(text)
  file:close()
end

local function finish(code)
  write_file(out .. '/log.txt', table.concat(log_lines, '\n') .. '\n')
  vim.cmd((code == 0 and 'qall!' or ('cquit ' .. code)))
end

local function fail(message)
  log('FAIL: ' .. message)
  io.stderr:write('neovim test: ' .. message .. '\n')
  finish(1)
end

local ok, err = pcall(function()
  local server = assert(os.getenv('CARELINT_LSP'), 'CARELINT_LSP is not set')
  local fixture = assert(os.getenv('CARELINT_FIXTURE'), 'CARELINT_FIXTURE is not set')
  local action_spec = os.getenv('CARELINT_ACTION') or ''
  local setup_grade = tonumber(os.getenv('CARELINT_SETUP_GRADE') or '')
  local timeout = tonumber(os.getenv('CARELINT_TIMEOUT') or '20000')
  local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')

  vim.opt.runtimepath:prepend(vim.fn.fnamemodify(here, ':h'))
  vim.cmd('filetype on')
  log('nvim ' .. tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch
    .. (vim.lsp.start and ' (vim.lsp.start)' or ' (vim.lsp.start_client)'))

  -- Keep every publishDiagnostics as received, before Neovim converts it.
  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err_, result, ctx, config)
    table.insert(published, result)
    return default_handler(err_, result, ctx, config)
  end

  -- A warning or error the server shows the writer fails the test: a clean setup must not produce one.
  local shown = {}
  vim.lsp.handlers['window/showMessage'] = function(_, result)
    log('window/showMessage ' .. result.type .. ': ' .. result.message)
    if result.type <= 2 then
      table.insert(shown, result.message)
    end
  end

  local carelint = require('carelint')
  if setup_grade then
    carelint.setup({ cmd = { server }, readingGrade = setup_grade })
  else
    carelint.setup({ cmd = { server } })
  end
  local target = string.format('target grade %.1f', setup_grade or 8)
  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  log('filetype ' .. vim.bo[bufnr].filetype)

  if not vim.wait(timeout, function()
    return carelint.client(bufnr) ~= nil and carelint.client(bufnr).initialized
  end, 20) then
    error('carelint-lsp did not attach and initialize within ' .. timeout .. ' ms')
  end
  local client = carelint.client(bufnr)
  log('attached; offset encoding ' .. tostring(client.offset_encoding))

  -- The latest diagnostics for the buffer's current version (a publish without a version counts once a
  -- change has been sent after it can no longer come).
  local function wait_for_current(after_count, what)
    local found
    local reached = vim.wait(timeout, function()
      local version = vim.lsp.util.buf_versions[bufnr]
      for i = #published, after_count + 1, -1 do
        local p = published[i]
        if p.uri == uri and (p.version == nil or p.version == version) then
          found = p
          return true
        end
      end
      return false
    end, 20)
    if not reached then
      error('no diagnostics for ' .. what .. ' within ' .. timeout .. ' ms (received ' .. #published .. ' publishes)')
    end
    -- Let a later publish for the same version, if any, arrive.
    vim.wait(300, function()
      return false
    end, 20)
    for i = #published, after_count + 1, -1 do
      if published[i].uri == uri then
        found = published[i]
        break
      end
    end
    log(string.format('%s: version %s, %d diagnostics', what, tostring(found.version), #found.diagnostics))
    return found.diagnostics
  end

  local severities = { 'error', 'warning', 'info', 'hint' }

  local function byte_col(line_text, character)
    if client.offset_encoding == 'utf-8' then
      return math.min(character, #line_text)
    end
    local ok_, index = pcall(vim.str_byteindex, line_text, character, client.offset_encoding == 'utf-16')
    return ok_ and index or #line_text
  end

  -- The buffer text a range covers, as this Neovim resolves the server's positions.
  local function text_of(range)
    local lines = vim.api.nvim_buf_get_lines(bufnr, range.start.line, range['end'].line + 1, false)
    if #lines == 0 then
      return ''
    end
    local last = #lines
    lines[last] = lines[last]:sub(1, byte_col(lines[last], range['end'].character))
    lines[1] = lines[1]:sub(byte_col(vim.api.nvim_buf_get_lines(bufnr, range.start.line, range.start.line + 1, false)[1],
      range.start.character) + 1)
    return table.concat(lines, '\n')
  end

  local function render(diagnostics)
    local rows = {}
    for _, d in ipairs(diagnostics) do
      local text = text_of(d.range):gsub('\\', '\\\\'):gsub('\n', '\\n'):gsub('"', '\\"')
      table.insert(rows, {
        d.range.start.line, d.range.start.character,
        string.format('%d:%d-%d:%d %s %s "%s"', d.range.start.line, d.range.start.character,
          d.range['end'].line, d.range['end'].character, severities[d.severity or 1] or '?',
          tostring(d.code), text),
      })
    end
    table.sort(rows, function(a, b)
      if a[1] ~= b[1] then return a[1] < b[1] end
      if a[2] ~= b[2] then return a[2] < b[2] end
      return a[3] < b[3]
    end)
    local textlines = {}
    for _, row in ipairs(rows) do
      table.insert(textlines, row[3])
    end
    return table.concat(textlines, '\n') .. (#textlines > 0 and '\n' or '')
  end

  local function buffer_text()
    return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  end

  local diagnostics = wait_for_current(0, 'open')
  for _, d in ipairs(diagnostics) do
    if d.source ~= 'carelint' then
      error('diagnostic without source "carelint": ' .. vim.inspect(d))
    end
  end
  write_file(out .. '/diagnostics.txt', render(diagnostics))
  -- What the writer gets from vim.diagnostic (Neovim's own conversion of the same publish).
  log('vim.diagnostic.get: ' .. #vim.diagnostic.get(bufnr) .. ' diagnostics')
  if action_spec == '' then
    if #shown > 0 then
      error('the server showed: ' .. table.concat(shown, ' | '))
    end
    vim.lsp.stop_client(client.id)
    return
  end

  -- :CareLintGrade: carelint/readability (the server advertises it), with the default target grade or the one
  -- given to setup{}.
  local shown_grade
  carelint.show_grade(bufnr, function(text)
    shown_grade = text or vim.NIL
  end)
  if not vim.wait(timeout, function()
    return shown_grade ~= nil
  end, 20) then
    error('no answer to carelint/readability within ' .. timeout .. ' ms')
  end
  log('grade: ' .. tostring(shown_grade):gsub('\n.*', ''))
  if type(shown_grade) ~= 'string' or not shown_grade:find('**Reading grade ', 1, true) or not shown_grade:find(target, 1, true) then
    error(':CareLintGrade does not show the grade and "' .. target .. '": ' .. vim.inspect(shown_grade))
  end
  if setup_grade then
    if #shown > 0 then
      error('the server showed: ' .. table.concat(shown, ' | '))
    end
    vim.lsp.stop_client(client.id)
    return
  end

  -- One quick fix: the preferred one for the named diagnostic.
  local at_line, at_char, rule = action_spec:match('^(%d+):(%d+)%s+(%S+)$')
  assert(at_line, 'CARELINT_ACTION must be "LINE:CHAR RULE", got ' .. action_spec)
  local target
  for _, d in ipairs(diagnostics) do
    if d.range.start.line == tonumber(at_line) and d.range.start.character == tonumber(at_char) and d.code == rule then
      target = d
    end
  end
  if not target then
    error('no ' .. rule .. ' diagnostic at ' .. at_line .. ':' .. at_char)
  end
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }, timeout, bufnr)
  if not response or response.err then
    error('codeAction failed: ' .. vim.inspect(response))
  end
  local chosen
  for _, action in ipairs(response.result or {}) do
    log('action: ' .. tostring(action.title) .. ' [' .. tostring(action.kind) .. ']'
      .. (action.isPreferred and ' preferred' or ''))
    if action.kind == 'quickfix' and action.edit and (chosen == nil or (action.isPreferred and not chosen.isPreferred)) then
      chosen = action
    end
  end
  if not chosen then
    error('no quickfix with an edit for ' .. rule)
  end
  log('applying: ' .. chosen.title)
  local before = #published
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  write_file(out .. '/after-action.md', buffer_text())
  local current = wait_for_current(before, 'after the quick fix')
  write_file(out .. '/after-action-diagnostics.txt', render(current))

  -- Every safe fix at once, through the module (what :CareLintFixAll runs).
  before = #published
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local answered, applied = false, false
  carelint.fix_all(bufnr, function(did_apply)
    answered, applied = true, did_apply
  end)
  if not vim.wait(timeout, function()
    return answered
  end, 20) then
    error('no answer to source.fixAll.carelint within ' .. timeout .. ' ms')
  end
  write_file(out .. '/after-fix-all.md', buffer_text())
  if applied and vim.api.nvim_buf_get_changedtick(bufnr) ~= tick then
    current = wait_for_current(before, 'after fix all')
  else
    log('fix all changed nothing')
  end
  write_file(out .. '/after-fix-all-diagnostics.txt', render(current))

  if #shown > 0 then
    error('the server showed: ' .. table.concat(shown, ' | '))
  end
  vim.lsp.stop_client(client.id)
  vim.wait(2000, function()
    return vim.lsp.get_client_by_id(client.id) == nil
  end, 20)
end)

if ok then
  finish(0)
else
  fail(tostring(err))
end
