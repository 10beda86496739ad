print("carelint-lsp: not yet")
