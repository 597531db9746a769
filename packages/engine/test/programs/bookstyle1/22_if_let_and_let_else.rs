// if let handles one pattern; let...else bails out early.
#[derive(Debug)]
enum Setting {
    Volume(u8),
    Muted,
}

fn parse_level(text: &str) -> Option<u8> {
    let Ok(level) = text.parse::<u8>() else {
        return None;
    };
    if level > 10 { None } else { Some(level) }
}

fn main() {
    let settings = [Setting::Volume(7), Setting::Muted, Setting::Volume(2)];
    let mut muted_count = 0;
    for s in &settings {
        if let Setting::Volume(v) = s {
            println!("volume at {v}");
        } else {
            muted_count += 1;
        }
    }
    println!("muted entries: {muted_count}");

    for input in ["4", "11", "loud"] {
        if let Some(level) = parse_level(input) {
            println!("'{input}' -> level {level}");
        } else {
            println!("'{input}' rejected");
        }
    }

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("popped {top}");
    }
    println!("{:?}", settings[1]);
}
