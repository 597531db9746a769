fn parse_port(s: &str) -> u16 {
    let Ok(port) = s.parse::<u16>() else {
        println!("invalid port {:?}, using default", s);
    };
    port
}

fn main() {
    println!("{}", parse_port("8080"));
    println!("{}", parse_port("http"));
}
