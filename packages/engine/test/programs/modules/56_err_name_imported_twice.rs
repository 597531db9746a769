// expected: E0252 the name `Error` is defined multiple times (should use `as`)
mod db {
    #[derive(Debug)]
    pub struct Error {
        pub code: u32,
    }
}

mod http {
    #[derive(Debug)]
    pub struct Error {
        pub status: u16,
    }
}

use db::Error;
use http::Error;

fn main() {
    let e1 = db::Error { code: 1045 };
    let e2 = http::Error { status: 404 };
    println!("{:?} {:?}", e1, e2);
}
