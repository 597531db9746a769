// String literals are &'static str: they live for the whole program.
fn greeting(hour: u32) -> &'static str {
    if hour < 12 {
        "Good morning"
    } else if hour < 18 {
        "Good afternoon"
    } else {
        "Good evening"
    }
}

fn pick_label(code: u8) -> &'static str {
    match code {
        0 => "ok",
        1 => "warning",
        _ => "error",
    }
}

fn main() {
    let msg;
    {
        let hour = 15;
        msg = greeting(hour);
    }
    println!("{}!", msg);
    let labels: Vec<&'static str> = (0..3).map(pick_label).collect();
    println!("{:?}", labels);
}
