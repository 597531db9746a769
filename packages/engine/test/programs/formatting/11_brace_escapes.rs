fn main() {
    println!("{{}}");
    println!("{{ {} }}", 5);
    println!("Set: {{{}, {}, {}}}", 1, 2, 3);
    let name = "x";
    println!("let {name} = {{ value: {} }};", 10);
    let json = format!("{{\"id\": {}, \"name\": \"{}\"}}", 7, "widget");
    println!("{}", json);
    println!("}}{{");
    println!("{}", "{} is not a placeholder inside an argument");
}
