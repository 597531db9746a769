// expected: E0425 cannot find function `log` in module `self` (should be `super::log`)
mod server {
    fn log(msg: &str) {
        println!("[server] {}", msg);
    }

    pub mod routes {
        pub fn index() -> &'static str {
            self::log("GET /");
            "<h1>Home</h1>"
        }
    }

    pub fn start() {
        log("starting");
    }
}

fn main() {
    server::start();
    println!("{}", server::routes::index());
}
