fn send(msg: String) {
    println!("sending: {}", msg);
}

fn main() {
    let urgent = true;
    let msg = String::from("server down");
    if urgent {
        send(msg);
    }
    println!("logged: {}", msg);
}
