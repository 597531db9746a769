struct Connection {
    id: u32,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing connection {}", self.id);
    }
}

fn main() {
    let c = Connection { id: 1 };
    println!("using connection {}", c.id);
    c.drop();
    println!("done");
}
