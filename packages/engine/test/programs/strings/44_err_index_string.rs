// Student tries to get the first letter of each name like in C or Python.
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
    let team = vec![
        String::from("Grace"),
        String::from("Hopper"),
    ];
    println!("{}", initials(&team));
}
