use std::mem::size_of;

fn describe(x: Option<Option<bool>>) -> &'static str {
    match x {
        None => "outer none",
        Some(None) => "inner none",
        Some(Some(true)) => "yes",
        Some(Some(false)) => "no",
    }
}

fn main() {
    // bool only uses the values 0 and 1, leaving 254 spare bit patterns
    println!("bool                 {}", size_of::<bool>());
    println!("Option<bool>         {}", size_of::<Option<bool>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Option<char>         {}", size_of::<Option<char>>());
    println!("Option<()>           {}", size_of::<Option<()>>());

    for x in [None, Some(None), Some(Some(true)), Some(Some(false))] {
        println!("{}", describe(x));
    }
}
