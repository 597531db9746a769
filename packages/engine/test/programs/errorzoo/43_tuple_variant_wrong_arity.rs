// Quiz: a tuple variant pattern with the wrong number of fields.
#[derive(Debug)]
enum Packet {
    Ping,
    Data(u16, String),
}

fn handle(p: &Packet) {
    match p {
        Packet::Ping => println!("pong"),
        Packet::Data(payload) => println!("data: {}", payload),
    }
}

fn main() {
    let inbox = vec![Packet::Ping, Packet::Data(7, String::from("hi"))];
    for p in &inbox {
        handle(p);
    }
    println!("{:?}", inbox.len());
}
