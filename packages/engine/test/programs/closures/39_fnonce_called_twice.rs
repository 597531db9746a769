// Exercise: why can't we send the report twice?
fn main() {
    let report = String::from("Q3 sales: 1.2M");

    let send = move || {
        let body = report;
        println!("sending: {}", body);
        body.len()
    };

    let bytes = send();
    println!("sent {} bytes", bytes);
    let again = send();
    println!("sent {} bytes again", again);
}
