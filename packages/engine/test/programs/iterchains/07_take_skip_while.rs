fn main() {
    let line = "    indented text here";
    let spaces = line.chars().take_while(|c| *c == ' ').count();
    let rest: String = line.chars().skip_while(|c| *c == ' ').collect();
    println!("{} leading spaces, rest = {:?}", spaces, rest);

    let temps = [12, 15, 19, 23, 21, 17, 25];
    let warming: Vec<_> = temps.iter().take_while(|&&t| t < 20).collect();
    let after: Vec<_> = temps.iter().skip_while(|&&t| t < 20).collect();
    println!("before 20: {:?}", warming);
    println!("from 20 on: {:?}", after);
}
