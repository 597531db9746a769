struct Connection {
    id: u32,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("connection {} closed", self.id);
    }
}

fn run_once<F: FnOnce() -> u32>(f: F) -> u32 {
    f()
}

fn main() {
    let conn = Connection { id: 7 };
    let close = move || {
        let id = conn.id;
        drop(conn);
        id
    };
    println!("before call");
    let id = run_once(close);
    println!("closed id = {}", id);

    let other = Connection { id: 8 };
    let peek = move || other.id;
    println!("peek = {}", peek());
    println!("end of main");
}
