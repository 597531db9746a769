// std::mem::drop ends a value's life early.
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
    println!("both open");
    mem::drop(db);
    println!("db closed early");
    let log = Connection { host: "log.local".to_string() };
    drop(cache);
    println!("only {} left", log.host);
}
