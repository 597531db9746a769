struct Conn(u16);

impl Drop for Conn {
    fn drop(&mut self) {
        println!("conn {} closed", self.0);
    }
}

struct Pool {
    idle: Option<Conn>,
}

fn main() {
    let mut pool = Pool { idle: Some(Conn(8080)) };
    if let Some(c) = pool.idle.take() {
        println!("checked out {}", c.0);
    }
    println!("pool idle empty: {}", pool.idle.is_none());
    pool.idle = Some(Conn(9090));
    if let Some(c) = &pool.idle {
        println!("peek {}", c.0);
    }
    println!("end");
}
