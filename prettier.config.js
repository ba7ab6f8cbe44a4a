// Prettier formats every package (decision 0010); ESLint leaves formatting to it (eslint-config-prettier).
// 140 columns: the code was written wide, so this keeps the reformatting diff smallest.
export default {
  printWidth: 140,
  singleQuote: true,
  trailingComma: 'all',
};
