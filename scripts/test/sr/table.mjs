export function writeSupportTable() {}
