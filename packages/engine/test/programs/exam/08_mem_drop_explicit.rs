use std::mem;

struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.host);
    }
}

fn main() {
    let db = Connection { host: "db.local".to_string() };
    let cache = Connection { host: "cache.local".to_string() };
    let queue = Connection { host: "queue.local".to_string() };
    println!("all open");
    mem::drop(cache);
    println!("cache closed early");
    drop(db);
    println!("db closed early, {} still open", queue.host);
}
