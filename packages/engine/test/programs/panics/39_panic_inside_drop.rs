// A panic inside drop itself.
struct Connection {
    id: u32,
    open: bool,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing connection {}", self.id);
        if self.open {
            panic!("connection {} was never closed properly", self.id);
        }
    }
}

fn main() {
    let mut c1 = Connection { id: 1, open: true };
    c1.open = false;
    let c2 = Connection { id: 2, open: true };
    println!("using {} and {}", c1.id, c2.id);
    drop(c1);
    println!("c1 dropped");
    drop(c2);
    println!("c2 dropped");
}
