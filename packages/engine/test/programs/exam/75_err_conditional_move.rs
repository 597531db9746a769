fn send(msg: String) {
    println!("sent {}", msg);
}

fn main() {
    let msg = String::from("ping");
    let online = true;
    if online {
        send(msg);
    }
    println!("msg was {}", msg);
}
