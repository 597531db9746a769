// Puzzle (edition 2021): when is the temporary session closed, even in the else branch?
struct Session {
    user: Option<String>,
}

impl Session {
    fn open(user: Option<&str>) -> Session {
        println!("open session");
        Session {
            user: user.map(|u| u.to_string()),
        }
    }

    fn user(&self) -> Option<&String> {
        self.user.as_ref()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("close session");
    }
}

fn main() {
    if let Some(u) = Session::open(Some("ferris")).user() {
        println!("hello {}", u);
    } else {
        println!("anonymous");
    }
    println!("--");

    if let Some(u) = Session::open(None).user() {
        println!("hello {}", u);
    } else {
        println!("anonymous");
    }
    println!("done");
}
