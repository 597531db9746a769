// Default: derive, manual impl, T::default()
#[derive(Debug, Default)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
}

#[derive(Debug)]
struct Server {
    host: String,
    port: u16,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            host: String::from("localhost"),
            port: 8080,
        }
    }
}

fn make_pair<T: Default>() -> (T, T) {
    (T::default(), T::default())
}

fn reset<T: Default>(x: &mut T) {
    *x = T::default();
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config {
        name: String::from("fast"),
        retries: 3,
        ..Default::default()
    };
    println!("{:?}", c2);
    let s: Server = Default::default();
    println!("{:?}", s);
    let p: (i32, i32) = make_pair();
    let q = make_pair::<String>();
    println!("{:?} {:?}", p, q);
    let mut v = vec![1, 2, 3];
    reset(&mut v);
    println!("{:?} len={}", v, v.len());
    let mut srv = Server { host: String::from("example.org"), port: 1 };
    reset(&mut srv);
    println!("{} {}", srv.host, srv.port);
}
