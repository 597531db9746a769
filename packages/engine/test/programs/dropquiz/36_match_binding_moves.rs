// Binding by value in a match arm moves the payload into the arm.
struct Packet(&'static str);

impl Drop for Packet {
    fn drop(&mut self) {
        println!("drop packet {}", self.0);
    }
}

fn route(p: Option<Packet>) {
    match p {
        Some(packet) if packet.0.starts_with('u') => {
            println!("urgent: {}", packet.0);
        }
        Some(packet) => {
            println!("normal: {}", packet.0);
        }
        None => println!("no packet"),
    }
    println!("route done");
}

fn main() {
    route(Some(Packet("urgent-1")));
    route(Some(Packet("mail-2")));
    route(None);
}
