// Exercise: print the initials of each name.
fn initial(name: &String) -> char {
    let first = name[0];
    first
}

fn initials(names: &[String]) -> String {
    let mut out = String::new();
    for n in names {
        out.push(initial(n));
        out.push('.');
    }
    out
}

fn main() {
    let names = vec![String::from("Grace"), String::from("Murray"), String::from("Hopper")];
    println!("{}", initials(&names));
    for n in &names {
        println!("{:<8} starts with {}", n, initial(n));
    }
    println!("{} names", names.len());
}
