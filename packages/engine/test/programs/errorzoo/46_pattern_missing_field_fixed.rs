// Quiz answer: `..` ignores the remaining fields.
struct Employee {
    name: String,
    salary: u32,
    team: String,
}

fn pay(e: &Employee) -> u32 {
    let Employee { name, salary, .. } = e;
    println!("paying {}", name);
    *salary / 12
}

fn main() {
    let e = Employee { name: String::from("Lin"), salary: 48000, team: String::from("ops") };
    println!("monthly: {}", pay(&e));
    println!("team: {}", e.team);
}
