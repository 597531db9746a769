fn log_line(msg: String) {
    println!("[log] {}", msg);
}

fn main() {
    let msg = String::from("tick");
    for i in 0..3 {
        println!("iteration {}", i);
        log_line(msg);
    }
}
