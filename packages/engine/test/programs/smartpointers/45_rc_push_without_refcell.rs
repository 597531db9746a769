use std::rc::Rc;

struct Team {
    name: String,
    members: Vec<String>,
}

fn main() {
    let team = Rc::new(Team {
        name: "Compilers".to_string(),
        members: vec!["Ada".to_string()],
    });
    let also_team = Rc::clone(&team);

    also_team.members.push("Barbara".to_string());

    println!("{} has {} members", team.name, team.members.len());
}
