// Reading a config value and unwrapping a failed parse: the program panics.
fn read_port(setting: &str) -> u16 {
    let value = setting.split('=').nth(1).unwrap().trim();
    value.parse().unwrap()
}

fn main() {
    let settings = ["port = 8080", "port = 443", "port = eighty"];
    for s in settings.iter() {
        let port = read_port(s);
        println!("using port {}", port);
    }
    println!("all ports read");
}
