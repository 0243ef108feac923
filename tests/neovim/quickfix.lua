-- Headless Neovim as an independent LSP client: start `termlint lsp` on the file in
-- $TERMLINT_FILE, wait for its diagnostics, apply the preferred quick fix of the `webhook`
-- finding, write the file and quit. The CI step compares the file with the expected text.
-- Works with Neovim 0.7 (Debian's package): start_client and request_sync, no vim.lsp.start.

local termlint = os.getenv("TERMLINT") or "termlint"
local file = assert(os.getenv("TERMLINT_FILE"), "set TERMLINT_FILE")

local function fail(message)
  io.stderr:write("neovim client: " .. message .. "\n")
  vim.cmd("cquit 1")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "termlint",
  cmd = { termlint, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
})
if not client_id then
  fail("the server did not start")
end
vim.lsp.buf_attach_client(buf, client_id)

local function webhook()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp
    if lsp and lsp.code == "webhook" then
      return d, lsp
    end
  end
end

if not vim.wait(20000, function() return webhook() ~= nil end, 50) then
  fail("no webhook diagnostic arrived")
end
local found, diagnostic = webhook()
local client = vim.lsp.get_client_by_id(client_id)
-- Neovim keeps byte columns; the range goes back in the negotiated encoding.
local function position(line, col)
  local character = vim.lsp.util.character_offset(buf, line, col, client.offset_encoding)
  return { line = line, character = character }
end
diagnostic.range = {
  start = position(found.lnum, found.col),
  ["end"] = position(found.end_lnum, found.end_col),
}
local response = client.request_sync("textDocument/codeAction", {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  range = diagnostic.range,
  context = { diagnostics = {}, only = { "quickfix" } },
}, 10000, buf)
if not response or response.err then
  fail("codeAction failed: " .. vim.inspect(response))
end
local chosen
for _, action in ipairs(response.result or {}) do
  if action.isPreferred then
    chosen = action
  end
end
if not chosen then
  fail("no preferred quick fix in " .. vim.inspect(response.result))
end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
vim.cmd("write")
client.stop()
vim.wait(5000, function() return client.is_stopped() end, 50)
vim.cmd("qall!")
