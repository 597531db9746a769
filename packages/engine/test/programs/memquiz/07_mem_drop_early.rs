use std::mem;

struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing connection to {}", self.host);
    }
}

fn main() {
    let db = Connection { host: "db.local".to_string() };
    let cache = Connection { host: "cache.local".to_string() };
    println!("using {} and {}", db.host, cache.host);
    mem::drop(db);
    println!("db closed early");
    println!("still using {}", cache.host);
}
