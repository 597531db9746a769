// exit(0) from a helper function: main never finishes its own code.
fn finish(code: i32, msg: &str) -> ! {
    println!("finishing: {}", msg);
    std::process::exit(code)
}

fn main() {
    let items = vec!["a", "b", "stop", "c"];
    let label = String::from("list");
    for it in &items {
        if *it == "stop" {
            finish(0, &label);
        }
        println!("item {}", it);
    }
    println!("end of main");
}
