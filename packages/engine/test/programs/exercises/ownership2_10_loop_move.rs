// Exam question: this loop compiles for one iteration; what happens with three?
fn log(msg: String) {
    println!("LOG: {}", msg);
}

fn log_ref(msg: &str) {
    println!("log: {}", msg);
}

fn main() {
    let message = String::from("tick");
    log_ref(&message);
    let copy = message.clone();
    log(copy);
    for i in 0..3 {
        if i > 0 {
            log(message);
        } else {
            log_ref(&message);
        }
    }
    println!("loop over");
}
