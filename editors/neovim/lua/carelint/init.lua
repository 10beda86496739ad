-- CareLint for Neovim (0.7 and later): starts `carelint-lsp` for Markdown, plain-text and HTML buffers.
--
--   require('carelint').setup{}                      -- defaults: carelint-lsp on PATH, en-US, grade 8
--   require('carelint').setup{ cmd = { '/path/to/carelint-lsp' }, locale = 'en-GB', readingGrade = 7 }
--
-- Uses vim.lsp.start where it exists (Neovim 0.8+) and vim.lsp.start_client + vim.lsp.buf_attach_client on 0.7.
-- Commands: :CareLintFixAll (applies source.fixAll.carelint), :CareLintGrade (the reading grade of the document).

local M = {}

local uv = vim.uv or vim.loop
-- Client methods are called with `:` from Neovim 0.11 on, and with `.` before.
local method_call = vim.fn.has('nvim-0.11') == 1

local function client_request(client, method, params, handler, bufnr)
  if method_call then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

local function client_notify(client, method, params)
  if method_call then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

local defaults = {
  name = 'carelint',
  cmd = { 'carelint-lsp' },
  filetypes = { 'markdown', 'text', 'html' },
  -- The folder holding one of these, walking up from the file, is the workspace root.
  root_markers = { '.carelint.json', '.git' },
  -- Shorthands for settings.carelint.locale and settings.carelint.readingGrade (nil: the server's default,
  -- which a .carelint.json overrides).
  locale = nil,
  readingGrade = nil,
  -- Sent as the `carelint` section of workspace/configuration.
  settings = { carelint = {} },
  on_attach = nil,
  capabilities = nil,
  -- Define :CareLintFixAll and :CareLintGrade.
  commands = true,
}

M.config = vim.deepcopy(defaults)

-- Client ids by root folder, for Neovim 0.7 where vim.lsp.start does not exist to reuse them.
local clients_by_root = {}
local warned_missing = false

local function notify(message, level)
  vim.notify('carelint: ' .. message, level or vim.log.levels.INFO)
end

local function is_carelint_filetype(filetype)
  return vim.tbl_contains(M.config.filetypes, filetype)
end

-- Walks up from `path` to the first folder that holds one of `markers` (vim.fs.find is 0.8+ only).
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

local function root_for(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return uv.cwd()
  end
  return find_root(name, M.config.root_markers) or vim.fn.fnamemodify(name, ':p:h')
end

local function client_config(root_dir)
  local settings = vim.deepcopy(M.config.settings)
  settings.carelint = settings.carelint or {}
  if M.config.locale then
    settings.carelint.locale = M.config.locale
  end
  if M.config.readingGrade then
    settings.carelint.readingGrade = M.config.readingGrade
  end
  if next(settings.carelint) == nil then
    -- An empty Lua table is encoded as a JSON array; the server expects an object.
    settings.carelint = vim.empty_dict()
  end
  -- Neovim 0.7 answers workspace/configuration from `settings` but does not say so, and sends no
  -- didChangeConfiguration: declare the one and send the other, as nvim-lspconfig does.
  local capabilities = vim.deepcopy(M.config.capabilities or vim.lsp.protocol.make_client_capabilities())
  capabilities.workspace = capabilities.workspace or {}
  capabilities.workspace.configuration = true
  return {
    name = M.config.name,
    cmd = M.config.cmd,
    root_dir = root_dir,
    workspace_folders = { { uri = vim.uri_from_fname(root_dir), name = root_dir } },
    settings = settings,
    capabilities = capabilities,
    on_init = function(client)
      if next(settings.carelint) ~= nil then
        client_notify(client, 'workspace/didChangeConfiguration', { settings = settings })
      end
    end,
    on_attach = M.config.on_attach,
    on_exit = function()
      clients_by_root[root_dir] = nil
    end,
  }
end

--- Attaches carelint-lsp to a buffer (started once per workspace root). Returns the client id, or nil.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    if not warned_missing then
      warned_missing = true
      notify(
        string.format(
          "'%s' is not an executable. Build it (swift build -c release --product carelint-lsp) and put it on "
            .. "PATH, or name it: require('carelint').setup{ cmd = { '/path/to/carelint-lsp' } }",
          M.config.cmd[1]
        ),
        vim.log.levels.ERROR
      )
    end
    return nil
  end
  local root_dir = root_for(bufnr)
  local config = client_config(root_dir)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local client_id = clients_by_root[root_dir]
  if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
    client_id = vim.lsp.start_client(config)
    if client_id == nil then
      notify('could not start ' .. table.concat(M.config.cmd, ' '), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root_dir] = client_id
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  return client_id
end

--- The carelint client attached to a buffer, or nil.
function M.client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.lsp.get_clients then -- 0.10+
    return vim.lsp.get_clients({ bufnr = bufnr, name = M.config.name })[1]
  end
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == M.config.name then
      return client
    end
  end
  return nil
end

local function apply_action(client, bufnr, action)
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  end
  local command = type(action.command) == 'table' and action.command or nil
  if command then
    client_request(client, 'workspace/executeCommand', command, nil, bufnr)
  end
end

--- Applies every safe fix of the buffer at once (the server's `source.fixAll.carelint` action).
--- `on_done(applied)`, if given, is called when the server has answered.
function M.fix_all(bufnr, on_done)
  on_done = on_done or function() end
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if not client then
    notify('not attached to this buffer', vim.log.levels.WARN)
    return on_done(false)
  end
  local last = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.carelint' } },
  }
  client_request(client, 'textDocument/codeAction', params, function(err, actions)
    if err then
      notify('fix all failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return on_done(false)
    end
    for _, action in ipairs(actions or {}) do
      if action.kind == 'source.fixAll.carelint' then
        apply_action(client, bufnr, action)
        return on_done(true)
      end
    end
    notify('nothing to fix')
    on_done(false)
  end, bufnr)
end

-- The position the server answers with the document's readability: the end of the title's line (the first
-- ATX or setext heading after any front matter), where no vocabulary term can be hovered instead.
local function title_position(bufnr, offset_encoding)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local first = 1
  if lines[1] == '---' then
    for i = 2, #lines do
      if lines[i] == '---' or lines[i] == '...' then
        first = i + 1
        break
      end
    end
  end
  local line = first - 1
  for i = first, #lines do
    if lines[i]:match('^ ? ? ?#+%s') then
      line = i - 1
      break
    end
    if i > first and lines[i]:match('^ ? ? ?=+%s*$') and lines[i - 1]:match('%S') then
      line = i - 2
      break
    end
  end
  local text = lines[line + 1] or ''
  local character = #text
  if offset_encoding ~= 'utf-8' then
    local utf32, utf16 = vim.str_utfindex(text)
    character = offset_encoding == 'utf-32' and utf32 or utf16
  end
  return { line = line, character = character }
end

--- The reading grade as Markdown lines, from a `carelint/readability` result; nil when there is no prose.
function M.grade_lines(result)
  if type(result) ~= 'table' or type(result.grade) ~= 'number' then
    return nil
  end
  local function figure(value)
    return type(value) == 'number' and string.format('%.1f', value) or '-'
  end
  return {
    string.format('**Reading grade %s** · target grade %s (%s target)', figure(result.grade), figure(result.target),
      result.withinTarget == false and 'above' or 'within'),
    '',
    string.format('Flesch–Kincaid grade %s, SMOG grade %s: the grade is their mean. Flesch reading ease %s.',
      figure(result.fleschKincaidGrade), figure(result.smogGrade), figure(result.fleschReadingEase)),
    string.format('%d words, %d sentences, %d syllables, %d words of three or more syllables.',
      result.words or 0, result.sentences or 0, result.syllables or 0, result.polysyllables or 0),
  }
end

--- Shows the document's reading grade: the server's `carelint/readability` answer when it advertises it
--- (`experimental.readabilityProvider`), else its hover on the title. `on_done(text)`, if given, is called with
--- the text shown (nil when there is none).
function M.show_grade(bufnr, on_done)
  on_done = on_done or function() end
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if not client then
    notify('not attached to this buffer', vim.log.levels.WARN)
    return on_done(nil)
  end
  local capabilities = client.server_capabilities or {}
  if type(capabilities.experimental) == 'table' and capabilities.experimental.readabilityProvider then
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }
    client_request(client, 'carelint/readability', params, function(err, result)
      if err then
        notify('reading grade failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
        return on_done(nil)
      end
      local lines = M.grade_lines(result)
      if not lines then
        notify('no prose to grade yet')
        return on_done(nil)
      end
      vim.lsp.util.open_floating_preview(lines, 'markdown', { focus_id = 'carelint-grade' })
      on_done(table.concat(lines, '\n'))
    end, bufnr)
    return
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = title_position(bufnr, client.offset_encoding),
  }
  vim.lsp.buf_request(bufnr, 'textDocument/hover', params, function(err, result, ctx, config)
    vim.lsp.handlers['textDocument/hover'](err, result, ctx, config)
    local contents = type(result) == 'table' and result.contents or nil
    on_done(type(contents) == 'table' and contents.value or contents)
  end)
end

local function define_commands()
  local command = vim.api.nvim_create_user_command
  command('CareLintFixAll', function()
    M.fix_all(0)
  end, { desc = 'CareLint: apply every safe fix in this buffer' })
  command('CareLintGrade', function()
    M.show_grade(0)
  end, { desc = 'CareLint: show the reading grade of this document' })
end

--- Configures CareLint and attaches it to matching buffers, those open now and those opened later.
function M.setup(opts)
  -- Lists (cmd, filetypes, root_markers) replace the defaults; only `settings` is merged key by key.
  M.config = vim.deepcopy(defaults)
  for key, value in pairs(opts or {}) do
    if key == 'settings' then
      M.config.settings = vim.tbl_deep_extend('force', M.config.settings, value)
    else
      M.config[key] = value
    end
  end
  warned_missing = false
  local group = vim.api.nvim_create_augroup('carelint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
    desc = 'CareLint: attach carelint-lsp',
  })
  if M.config.commands then
    define_commands()
  end
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and is_carelint_filetype(vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
