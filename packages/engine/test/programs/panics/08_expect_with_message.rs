// expect lets you say what went wrong.
fn main() {
    let config = vec![("port", "8080"), ("host", "localhost")];
    let port = config
        .iter()
        .find(|(k, _)| *k == "port")
        .map(|(_, v)| *v)
        .expect("port must be configured");
    println!("port = {}", port);
    let timeout = config
        .iter()
        .find(|(k, _)| *k == "timeout")
        .map(|(_, v)| *v)
        .expect("timeout must be configured");
    println!("timeout = {}", timeout);
}
