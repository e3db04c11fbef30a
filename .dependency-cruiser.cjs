/** Dependencies point inward (ARCHITECTURE.md): frontend → contracts; functions → domain, data,
 * contracts, oso, mail; data → domain; domain → nothing of ours. */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "packages/domain has no AWS SDK, no Lambda types, no Node I/O and nothing of the outer layers",
      severity: "error",
      from: { path: "^packages/domain/" },
      to: {
        path: "(^|/)(node_modules/(@aws-sdk|@smithy|aws-lambda|@types/aws-lambda)/|packages/(data|contracts|oso|mail)/|functions/|frontend/|infra/|scripts/)",
      },
    },
    {
      name: "domain-no-node-builtins",
      comment: "the domain's code does no I/O; its tests may (the OSO test runs xmllint on files)",
      severity: "error",
      from: { path: "^packages/domain/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "data-only-domain",
      severity: "error",
      from: { path: "^packages/data/" },
      to: { path: "^(functions|frontend|infra|packages/(contracts|oso|mail))/" },
    },
    {
      name: "frontend-only-contracts",
      comment: "the SPA talks to the API through packages/contracts only",
      severity: "error",
      from: { path: "^frontend/" },
      to: { path: "^(functions|infra|scripts|packages/(data|oso|mail))/|node_modules/@aws-sdk/" },
    },
    {
      name: "features-do-not-import-each-other",
      severity: "error",
      from: { path: "^frontend/src/features/([^/]+)/" },
      to: { path: "^frontend/src/features/", pathNot: "^frontend/src/features/$1/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(node_modules|dist|cdk\\.out|\\.local)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
  },
};
