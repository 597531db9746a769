// Two closures that both mutate `log` cannot exist at once.
fn main() {
    let mut log = Vec::new();
    let mut info = |m: &str| log.push(format!("INFO {}", m));
    let mut warn = |m: &str| log.push(format!("WARN {}", m));
    info("start");
    warn("disk low");
    info("stop");
    println!("{:?}", log);
}
