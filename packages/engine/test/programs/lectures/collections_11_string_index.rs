// Exercise: print the initial of every name.
fn initials(names: &[String]) -> String {
    let mut out = String::new();
    for name in names {
        let first = name[0];
        out.push(first);
        out.push('.');
    }
    out
}

fn main() {
    let names = vec![
        String::from("Grace"),
        String::from("Murray"),
        String::from("Hopper"),
    ];
    let s = initials(&names);
    println!("initials: {}", s);
    println!("from {} names", names.len());
}
