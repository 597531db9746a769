use std::rc::Rc;

struct Team {
    members: Rc<Vec<String>>,
}

fn main() {
    let roster = Rc::new(vec![String::from("lee")]);
    let team = Team { members: Rc::clone(&roster) };

    // Mistake: cannot get &mut Vec through an Rc.
    team.members.push(String::from("sam"));

    println!("roster: {:?}", roster);
}
