use std::thread;

fn parse_all(inputs: Vec<&'static str>) -> Result<Vec<i32>, String> {
    inputs
        .iter()
        .map(|s| s.parse::<i32>().map_err(|_| format!("bad number: {}", s)))
        .collect()
}

// join() gives back whatever the closure returned, here a Result.
fn main() {
    let good = thread::spawn(|| parse_all(vec!["4", "8", "15"]));
    let bad = thread::spawn(|| parse_all(vec!["16", "x23", "42"]));

    for (name, h) in [("good", good), ("bad", bad)] {
        match h.join().unwrap() {
            Ok(nums) => println!("{}: {:?}", name, nums),
            Err(e) => println!("{}: error {}", name, e),
        }
    }
}
