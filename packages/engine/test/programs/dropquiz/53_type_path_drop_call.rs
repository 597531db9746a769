// Exercise: calling the destructor through the type's path.
struct Socket {
    port: u16,
}

impl Drop for Socket {
    fn drop(&mut self) {
        println!("socket {} closed", self.port);
    }
}

fn main() {
    let mut sock = Socket { port: 8080 };
    println!("listening on {}", sock.port);
    Socket::drop(&mut sock);
    println!("closed by hand");
}
