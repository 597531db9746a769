// Rust Book chapter 8 exercise, grown into a small project:
// "Add Sally to Engineering", "Remove Amir from Sales", "List Engineering", "List all".
use std::collections::BTreeMap;

#[derive(Debug)]
enum Command {
    Add { name: String, dept: String },
    Remove { name: String, dept: String },
    List(Option<String>),
}

impl Command {
    fn parse(line: &str) -> Result<Command, String> {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Add", name, "to", dept] => Ok(Command::Add { name: name.to_string(), dept: dept.to_string() }),
            ["Remove", name, "from", dept] => {
                Ok(Command::Remove { name: name.to_string(), dept: dept.to_string() })
            }
            ["List", "all"] => Ok(Command::List(None)),
            ["List", dept] => Ok(Command::List(Some(dept.to_string()))),
            [] => Err("empty command".to_string()),
            _ => Err(format!("could not understand '{}'", line)),
        }
    }
}

#[derive(Default)]
struct Company {
    departments: BTreeMap<String, Vec<String>>,
}

impl Company {
    fn execute(&mut self, cmd: Command) -> String {
        match cmd {
            Command::Add { name, dept } => {
                let staff = self.departments.entry(dept.clone()).or_default();
                if staff.contains(&name) {
                    return format!("{} already works in {}", name, dept);
                }
                staff.push(name.clone());
                staff.sort();
                format!("added {} to {}", name, dept)
            }
            Command::Remove { name, dept } => match self.departments.get_mut(&dept) {
                Some(staff) => match staff.iter().position(|n| *n == name) {
                    Some(i) => {
                        staff.remove(i);
                        if staff.is_empty() {
                            self.departments.remove(&dept);
                        }
                        format!("removed {} from {}", name, dept)
                    }
                    None => format!("{} is not in {}", name, dept),
                },
                None => format!("no department called {}", dept),
            },
            Command::List(Some(dept)) => match self.departments.get(&dept) {
                Some(staff) => format!("{}: {}", dept, staff.join(", ")),
                None => format!("{}: (nobody)", dept),
            },
            Command::List(None) => {
                let mut lines = Vec::new();
                for (dept, staff) in &self.departments {
                    lines.push(format!("{} ({}): {}", dept, staff.len(), staff.join(", ")));
                }
                lines.join("\n")
            }
        }
    }
}

fn main() {
    let script = "\
Add Sally to Engineering
Add Amir to Sales
Add Zoe to Engineering
Add Bob to Engineering
Add Priya to Marketing
Add Amir to Sales
Hire Dave please
List Engineering
Remove Amir from Sales
Remove Amir from Sales
Remove Kim from Legal
List Sales
List all";

    let mut company = Company::default();
    for line in script.lines() {
        match Command::parse(line) {
            Ok(cmd) => println!("> {}\n{}", line, company.execute(cmd)),
            Err(e) => println!("> {}\n!! {}", line, e),
        }
    }
    let headcount: usize = company.departments.values().map(Vec::len).sum();
    println!("total headcount: {}", headcount);
}
