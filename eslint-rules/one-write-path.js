// The one write path (src/db/write.ts): only that module writes to Dexie tables, so every
// local change reaches the outbox and sync can never miss one. The rule asks the type checker
// whether a call's receiver is a Dexie Table or Collection, so a Set's add or a Map's delete
// passes.
const WRITES = new Set(['add', 'bulkAdd', 'put', 'bulkPut', 'update', 'bulkUpdate', 'upsert', 'delete', 'bulkDelete', 'modify', 'clear']);

const isDexieType = (type) =>
  [type, ...(type.isUnion() ? type.types : [])].some((part) => {
    const symbol = part.getSymbol() ?? part.aliasSymbol;
    return (symbol?.getDeclarations() ?? []).some((declaration) => /[\\/]node_modules[\\/]dexie[\\/]/.test(declaration.getSourceFile().fileName));
  });

export const oneWritePath = {
  meta: {
    type: 'problem',
    docs: { description: 'Dexie tables are written only through src/db/write.ts.' },
    messages: { write: 'Write records through src/db/write.ts (writeRecords, setMeta): it notes every local change in the outbox for sync.' },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) return {};
    const checker = services.program.getTypeChecker();
    return {
      'CallExpression > MemberExpression.callee'(node) {
        if (node.property.type !== 'Identifier' || !WRITES.has(node.property.name)) return;
        const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node.object));
        if (isDexieType(type)) context.report({ node: node.property, messageId: 'write' });
      },
    };
  },
};
