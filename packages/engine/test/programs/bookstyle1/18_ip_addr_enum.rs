// Enum variants can hold different kinds of data.
#[derive(Debug)]
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}

fn describe(addr: &IpAddr) -> String {
    match addr {
        IpAddr::V4(127, 0, 0, 1) => String::from("loopback v4"),
        IpAddr::V4(a, b, c, d) => format!("v4 {a}.{b}.{c}.{d}"),
        IpAddr::V6(text) => format!("v6 {text}"),
    }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let office = IpAddr::V4(10, 0, 3, 17);
    let remote = IpAddr::V6(String::from("::1"));

    for addr in [&home, &office, &remote] {
        println!("{}", describe(addr));
    }
    println!("{:?}", remote);
}
