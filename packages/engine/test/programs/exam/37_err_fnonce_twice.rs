fn main() {
    let report = String::from("quarterly numbers");
    let send = move || {
        let sent = report;
        println!("sent: {}", sent);
    };
    send();
    send();
}
