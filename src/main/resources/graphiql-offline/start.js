// Starts GraphiQL on this service's endpoint; the header editor takes `{"Authorization": "Bearer <token>"}` for curators.
const fetcher = GraphiQL.createFetcher({ url: `${location.origin}/graphql` });
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
  fetcher,
  defaultEditorToolsVisibility: true,
  headerEditorEnabled: true,
}));
