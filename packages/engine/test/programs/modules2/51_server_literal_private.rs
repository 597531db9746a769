// Building a struct with a private field from outside its module.
mod config {
    #[derive(Debug, Clone)]
    pub struct Server {
        pub host: String,
        pub port: u16,
        workers: u8,
    }

    impl Server {
        pub fn default_local() -> Server {
            Server { host: String::from("127.0.0.1"), port: 8080, workers: 4 }
        }
    }
}

fn main() {
    let base = config::Server::default_local();
    let prod = config::Server { host: String::from("10.0.0.5"), port: 443, workers: 16 };
    println!("{:?}", base);
    println!("{:?}", prod);
}
