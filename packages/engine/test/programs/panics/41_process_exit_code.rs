// process::exit ends at once with a code; destructors do not run.
use std::process;

struct Report;

impl Drop for Report {
    fn drop(&mut self) {
        println!("report dropped");
    }
}

fn validate(values: &[i32]) -> bool {
    values.iter().all(|&v| v >= 0)
}

fn main() {
    let _r = Report;
    {
        let _inner = Report;
        println!("inner scope ends");
    }
    let data = vec![4, 8, -1];
    if !validate(&data) {
        println!("invalid data, exiting with code 3");
        process::exit(3);
    }
    println!("data ok");
}
