/** Text matched literally inside a MongoDB `$regex`. */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
