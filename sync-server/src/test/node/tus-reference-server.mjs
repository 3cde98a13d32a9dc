// The reference tus 1.0.0 server (@tus/server with @tus/file-store, unmodified) that the photo
// upload benchmark (th.wastebank.server.bench.PhotoUploadBenchmark) compares ours against.
//   node tus-reference-server.mjs <port> <directory>
// serves uploads at http://127.0.0.1:<port>/files and keeps each one as <directory>/<id>
// (its metadata beside it in <id>.json). It stops on SIGTERM, as node does by default.
import { Server } from '@tus/server'
import { FileStore } from '@tus/file-store'

const [port, directory] = process.argv.slice(2)
if (!port || !directory) {
  console.error('usage: node tus-reference-server.mjs <port> <directory>')
  process.exit(2)
}

const server = new Server({ path: '/files', datastore: new FileStore({ directory }) })
server.listen({ host: '127.0.0.1', port: Number(port) }, () => {
  console.log(`tus reference server on 127.0.0.1:${port}, files in ${directory}`)
})
