fn main() {
    let report = String::from("Q3 numbers look great");

    let send = move || {
        let body = report;
        println!("sending: {}", body);
        body
    };

    let first = send();
    let second = send();
    println!("{} / {}", first, second);
}
